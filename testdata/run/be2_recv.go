package main

type C struct{ n int }

func (c *C) Inc()     { c.n++ }
func (c C) Get() int  { return c.n }

type H struct {
	cs  [3]C
	ptr *C
}

func mk() *H { return &H{ptr: &C{7}} }

func main() {
	var arr [3]C
	arr[1].Inc()
	s := make([]C, 2)
	s[1].Inc()
	s[1].Inc()
	h := mk()
	h.cs[2].Inc()
	h.ptr.Inc()
	mk().ptr.Inc()
	println(arr[1].Get(), s[1].Get(), h.cs[2].Get(), h.ptr.Get(), mk().ptr.Get(), mk().cs[0].Get())
	for i := range s {
		s[i].Inc()
	}
	for _, c := range s {
		c.Inc()
	}
	println(s[0].n, s[1].n)
}
