// Select cases may receive through parentheses (Go accepts them; go vet is clean).
package main

func main() {
	c := make(chan int, 1)
	c <- 1
	select {
	case x := (<-c):
		println(x)
	case (<-c):
	}
}
