package main

// Buffered channels: sends do not block until full, len and cap, FIFO order.

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	println("len:", len(ch), "cap:", cap(ch))
	ch <- "c"
	println("full len:", len(ch))
	println(<-ch, <-ch)
	ch <- "d"
	println(<-ch, <-ch, len(ch))
	nums := make(chan int, 100)
	for i := 0; i < 100; i++ {
		nums <- i
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-nums
	}
	println("sum:", sum)
	type msg struct {
		id   int
		body string
	}
	mc := make(chan msg, 2)
	mc <- msg{1, "one"}
	mc <- msg{2, "two"}
	m1 := <-mc
	m2 := <-mc
	println(m1.id, m1.body, m2.id, m2.body)
	var sendOnly chan<- int = nums
	var recvOnly <-chan int = nums
	sendOnly <- 7
	println("directional:", <-recvOnly)
}
