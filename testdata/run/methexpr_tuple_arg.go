package main

// A method expression called on a multi-valued call: the first result
// is the receiver (fixedbugs/issue4167.go).

type pa []int

type p int

func (this *pa) func1() (v *p, c int) {
	for range *this {
		c++
	}
	v = (*p)(&c)
	return
}

func (this *p) func3(f int) p { return *this + p(f) }

func (this *p) func3dots(f ...int) p { return *this + p(len(f)) }

type V struct{ n int }

func (v V) add(k int) int { return v.n + k }

func two() (V, int) { return V{40}, 2 }

func main() {
	arr := make(pa, 13)
	println((*p).func3(arr.func1()))
	println((*p).func3dots(arr.func1()))
	println(V.add(two()))
}
