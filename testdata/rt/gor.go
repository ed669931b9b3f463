package main

func f1() { println("f1") }
func f2() { println("f2") }

func main() {
	x := 42
	go f1()
	go f2()
	go func() { println(x) }()
	select {}
}
