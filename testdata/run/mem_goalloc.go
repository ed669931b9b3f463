package main

// Goroutines allocating concurrently: 8 workers each build and check
// linked lists and slices while the others do the same (collections stop
// them all); main waits on per-worker flags.

type cell struct {
	next *cell
	val  int
	blob []byte
}

var results [8]int
var finished [8]bool

func worker(id int) {
	sum := 0
	for round := 0; round < 300; round++ {
		var head *cell
		for i := 0; i < 1000; i++ {
			c := &cell{next: head, val: i}
			if i%50 == 0 {
				c.blob = make([]byte, 10000+id)
				c.blob[len(c.blob)-1] = byte(i)
			}
			head = c
		}
		n := 999
		for c := head; c != nil; c = c.next {
			if c.val != n {
				println("worker", id, "corrupted list")
				return
			}
			if c.blob != nil && c.blob[len(c.blob)-1] != byte(c.val) {
				println("worker", id, "corrupted blob")
				return
			}
			sum += c.val
			n--
		}
	}
	results[id] = sum
	finished[id] = true
}

func nop() {}

// spin calls nop so that it has a stack check: with one P, main is
// preempted there and the workers get to run.
func spin() {
	nop()
	for i := 0; i < 100; i++ {
	}
}

func main() {
	for id := 0; id < 8; id++ {
		go worker(id)
	}
	for id := 0; id < 8; id++ {
		for !finished[id] {
			spin()
		}
		println("worker", id, results[id])
	}
}
