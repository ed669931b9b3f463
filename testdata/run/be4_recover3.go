package main

// A recovered panic returns the named results a deferred closure set.
func safeDiv(a, b int) (q int, err string) {
	defer func() {
		recover()
		if b == 0 {
			q, err = -1, "recovered"
		}
	}()
	return a / b, "ok"
}

func work(n int) (steps int, last string) {
	defer func() {
		recover()
		steps += 100
		last += "!"
	}()
	for i := 0; i < n; i++ {
		steps++
		last = "step"
		if i == 3 {
			var p *int
			println(*p)
		}
	}
	return steps, "done"
}

func main() {
	q, e := safeDiv(10, 2)
	println("safeDiv 10/2:", q, e)
	q, e = safeDiv(1, 0)
	println("safeDiv 1/0:", q, e)
	s, l := work(2)
	println(s, l)
	s, l = work(9)
	println(s, l)
}
