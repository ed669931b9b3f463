package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	name string
	next *T
}

var done = make(chan string, 100)
var keep *T

func fin(t *T) { done <- "finalized " + t.name }

//go:noinline
func makeOne(name string) {
	t := &T{name: name}
	runtime.SetFinalizer(t, fin)
}

//go:noinline
func makeKept(name string) {
	keep = &T{name: name}
	runtime.SetFinalizer(keep, fin)
}

//go:noinline
func makeRemoved(name string) {
	t := &T{name: name}
	runtime.SetFinalizer(t, fin)
	runtime.SetFinalizer(t, nil)
}

//go:noinline
func makeChain() {
	x := &T{name: "x", next: &T{name: "y"}}
	runtime.SetFinalizer(x, fin)
	runtime.SetFinalizer(x.next, fin)
}

//go:noinline
func makeIface() {
	d := &T{name: "d"}
	runtime.SetFinalizer(d, func(v interface{}) { done <- fmt.Sprintf("finalized %T %s", v, v.(*T).name) })
}

type Namer interface{ Name() string }

func (t *T) Name() string { return t.name }

//go:noinline
func makeNamer() {
	runtime.SetFinalizer(&T{name: "n"}, func(v Namer) { done <- "finalized via Namer " + v.Name() })
}

var resurrected *T

//go:noinline
func makeResurrect() {
	runtime.SetFinalizer(&T{name: "r"}, func(t *T) { resurrected = t; done <- "resurrected " + t.name })
}

func expectNothing(what string) {
	select {
	case s := <-done:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println(what)
	}
}

// clobber overwrites the stack below the caller's frame: stacks are
// scanned conservatively by gocc, and a dead pointer left in a stack slot
// would delay a finalizer (Go promises no timing either).
//
//go:noinline
func clobber(depth int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = depth
	}
	if depth > 0 {
		return clobber(depth-1) + pad[depth%64]
	}
	return pad[0]
}

// deep runs f below a padded frame, so that f's dead frame lies below
// the frames of the gcUntil that follows (and clobber clears it).
//
//go:noinline
func deep(f func()) {
	var pad [32]int
	for i := range pad {
		pad[i] = i
	}
	f()
	sink = pad[3]
}

var sink int

func gcUntil() string {
	clobber(20)
	for i := 0; i < 20; i++ {
		runtime.GC()
		select {
		case s := <-done:
			return s
		case <-time.After(20 * time.Millisecond):
		}
	}
	return "timeout"
}

func main() {
	deep(func() { makeOne("a") })
	fmt.Println(gcUntil())
	deep(func() { makeKept("b") })
	runtime.GC()
	expectNothing("b still reachable")
	fmt.Println("goroutines", runtime.NumGoroutine())
	deep(func() { makeRemoved("c") })
	runtime.GC()
	expectNothing("c has no finalizer")
	deep(makeChain)
	fmt.Println(gcUntil())
	fmt.Println(gcUntil())
	deep(makeIface)
	fmt.Println(gcUntil())
	deep(makeNamer)
	fmt.Println(gcUntil())
	deep(makeResurrect)
	fmt.Println(gcUntil())
	runtime.GC()
	expectNothing("no second run")
	fmt.Println(resurrected.name)
	for i := 0; i < 10000; i++ {
		p := new([4]int)
		p[0] = i
		runtime.SetFinalizer(p, func(p *[4]int) { done <- "" })
	}
	n := 0
	for i := 0; i < 100 && n < 9000; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	drain:
		for {
			select {
			case <-done:
				n++
			default:
				break drain
			}
		}
	}
	fmt.Println("most of 10000 finalized:", n >= 9000)
}
