package main

// a plain string panic prints without quotes; a deferred method value call
// runs first.
type Counter struct{ n int }

func (c *Counter) report() { println("count", c.n) }

func main() {
	c := &Counter{}
	defer c.report()
	for i := 0; i < 5; i++ {
		c.n += i
	}
	panic("plain " + "string")
}
