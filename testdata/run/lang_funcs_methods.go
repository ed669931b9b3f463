package main

// Method values (bound receivers, copied at evaluation for value receivers),
// method expressions T.M and (*T).M, methods on slices and maps, func types
// with methods.

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) Add(k int) Counter {
	c.n += k
	return c
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

func main() {
	c := Counter{5}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	println("c.n:", c.n, "bound get (copy at 5):", get())
	getE := Counter.Get
	incE := (*Counter).Inc
	incE(&c)
	println("method expr:", getE(c), Counter.Add(c, 10).n, c.n)
	getP := (*Counter).Get
	println("ptr method expr for value method:", getP(&c))
	pc := &c
	g2 := pc.Get
	pc.n = 100
	println("bound via pointer, value receiver copied:", g2())
	i2 := pc.Inc
	i2()
	println("bound pointer method:", c.n)
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println("IntList:", len(l), l.Sum())
	s := Set{}
	s.Add("x")
	s.Add("y")
	s.Add("x")
	println("Set:", len(s))
	var add Op = func(a, b int) int { return a + b }
	var mul Op = func(a, b int) int { return a * b }
	println("Op:", add.Apply3(1, 2, 3), mul.Apply3(2, 3, 4))
	fs := []func() int{c.Get, Counter{7}.Get, l.Sum}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}
