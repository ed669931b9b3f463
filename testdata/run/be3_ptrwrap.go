package main

type Counter struct{ n int }

func (c Counter) Get() int               { return c.n }
func (c Counter) Scaled(f float64) float64 { return float64(c.n) * f }
func (c *Counter) Inc()                  { c.n++ }

func main() {
	c := Counter{5}
	getP := (*Counter).Get
	inc := (*Counter).Inc
	inc(&c)
	println(getP(&c), (*Counter).Get(&c), (*Counter).Scaled(&c, 0.5))
	get := Counter.Get
	println(get(c))
	var p *Counter
	println(getP(p))
}
