package main

// Channels of many element types, channels in structs, as parameters and
// results, directional conversions, comparisons, len/cap, nil channels.

type Point struct {
	X, Y int
	Name string
}

type Big struct {
	A [40]int
	S string
}

type Pipe struct {
	in   chan int
	out  chan string
	name string
}

func newPipe(name string, n int) *Pipe {
	return &Pipe{in: make(chan int, n), out: make(chan string, n), name: name}
}

func sendOnly(c chan<- Point, p Point) { c <- p }

func recvOnly(c <-chan Point) Point { return <-c }

func makeBuf(n int) (chan int, int) {
	return make(chan int, n), n
}

func sum(c <-chan int) int {
	s := 0
	for v := range c {
		s += v
	}
	return s
}

func main() {
	// structs
	pc := make(chan Point, 2)
	sendOnly(pc, Point{1, 2, "a"})
	pc <- Point{X: 3, Name: "b"}
	p := recvOnly(pc)
	q := <-pc
	println(p.X, p.Y, p.Name, q.X, q.Y, q.Name)

	// large structs go through the heap
	bc := make(chan Big, 1)
	var big Big
	for i := range big.A {
		big.A[i] = i * i
	}
	big.S = "big"
	bc <- big
	big.A[3] = -1
	got := <-bc
	println(got.A[3], got.A[39], got.S, big.A[3])

	// strings, slices, pointers
	sc := make(chan string, 3)
	sc <- "hello"
	sc <- ""
	sc <- "world"
	println(<-sc+<-sc+<-sc, len(sc))
	slc := make(chan []int, 1)
	slc <- []int{4, 5, 6}
	s := <-slc
	println(len(s), cap(s), s[0]+s[1]+s[2])
	ptrc := make(chan *Point, 1)
	pp := &Point{7, 8, "p"}
	ptrc <- pp
	rp := <-ptrc
	rp.X = 70
	println(pp.X, rp == pp)

	// channels of channels
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	println(<-inner)

	// bools, bytes, floats, int8
	boolc := make(chan bool, 2)
	boolc <- true
	boolc <- false
	b1, b2 := <-boolc, <-boolc
	println(b1, b2)
	fc := make(chan float64, 1)
	fc <- 2.5
	println(<-fc * 2)
	i8 := make(chan int8, 1)
	i8 <- -5
	println(<-i8)
	ub := make(chan byte, 1)
	ub <- 200
	println(<-ub)

	// struct{} signals
	done := make(chan struct{})
	go func() {
		done <- struct{}{}
	}()
	<-done
	println("signal")

	// struct fields and pointers to structs holding channels
	pi := newPipe("pipe", 4)
	for i := 1; i <= 4; i++ {
		pi.in <- i
	}
	close(pi.in)
	println(pi.name, sum(pi.in))
	pi.out <- "x"
	println(len(pi.out), cap(pi.out), <-pi.out)

	// results, len, cap
	mc, n := makeBuf(5)
	mc <- 1
	mc <- 2
	println(len(mc), cap(mc), n)

	// comparisons and nil
	var nilc chan int
	println(nilc == nil, mc != nil, len(nilc), cap(nilc))
	alias := mc
	println(alias == mc, alias == make(chan int))
	var ro <-chan int = mc
	var so chan<- int = mc
	println(ro == mc, so == mc, len(ro), cap(so))

	// comma-ok in all three forms
	cl := make(chan int, 2)
	cl <- 9
	close(cl)
	v, ok := <-cl
	println(v, ok)
	v, ok = <-cl
	println(v, ok)
	var w, ok2 = <-cl
	println(w, ok2)
	_, ok = <-cl
	println(ok)
	<-cl
	println("receive statement on a closed channel")

	// unbuffered channel with a goroutine that answers
	req := make(chan int)
	resp := make(chan int)
	go func() {
		for x := range req {
			resp <- x * 10
		}
		close(resp)
	}()
	total := 0
	for i := 0; i < 10; i++ {
		req <- i
		total += <-resp
	}
	close(req)
	_, open := <-resp
	println(total, open)
}
