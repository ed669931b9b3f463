package main

func producer(c chan int, n int) {
	defer close(c)
	for i := 0; i < n; i++ {
		c <- i
	}
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		println("inside", len(m))
	}()
	println("after", len(m), m["b"])
	c := make(chan int)
	go producer(c, 3)
	for v := range c {
		println("got", v)
	}
	k := "b"
	func() {
		defer delete(m, k)
		k = "zzz"
	}()
	println("after2", len(m))
}
