package main

type V interface{ Val() int }
type K int

func (k K) Val() int { return int(k) }

func two() (K, K)     { return 1, 2 }
func fwd() (V, V)     { return two() }
func fwd2() (V, int)  { k, _ := two(); return k, 7 }

func main() {
	a, b := fwd()
	println(a.Val(), b.Val())
	var c, d V = two()
	println(c.Val(), d.Val())
	c, d = two()
	println(c.Val(), d.Val())
	var e interface{} = 3
	var f interface{} = "s"
	var g interface{} = 2.5
	var h interface{} = 'r'
	_, _, _, _ = e, f, g, h
	m := V.Val
	println(m(K(44)), V.Val(K(3)))
	x, y := fwd2()
	println(x.Val(), y)
}
