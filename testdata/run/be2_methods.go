package main

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Named() string  { return c.name }
func (c *Counter) Add(k int) int { c.n += k; return c.n }

type Celsius int

func (c Celsius) F() int   { return int(c)*9/5 + 32 }
func (c *Celsius) Warm()   { *c += 10 }

type Wrapper struct {
	Counter
	extra int
}

type PWrapper struct {
	*Counter
	tag string
}

type Vec [2]int

func (v *Vec) Sum() int { return v[0] + v[1] }
func (v *Vec) Scale(k int) {
	v[0] *= k
	v[1] *= k
}

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	println(c.Get(), c.Named(), c.Add(5))
	pc := &c
	pc.Inc()
	println(pc.Get(), c.n)
	var t Celsius = 100
	t.Warm()
	println(t.F(), Celsius(0).F())
	w := Wrapper{Counter{1, "w"}, 2}
	w.Inc()
	println(w.Get(), w.Counter.Get(), w.Named(), w.extra)
	pw := PWrapper{&c, "p"}
	pw.Inc()
	println(pw.Get(), c.n)
	v := Vec{3, 4}
	v.Scale(2)
	println(v.Sum())
	var np *Counter
	println("before")
	println(np.Get())
}
