package main

var i byte
var a [30]byte

func f() *byte { i++; return &a[i-1] }
func g() byte  { i++; return 'a' + i - 1 }
func x() (byte, byte) { i++; return 'a' + i - 1, 'a' + i - 1 }

type S struct{ v byte }

func main() {
	for k := range a {
		a[k] = ' '
	}
	*f(), *f(), *f() = g(), g(), g()
	println(string(a[:i]))
	*f(), *f() = x()
	println(string(a[:i]))
	m := map[byte]byte{10: 'A'}
	var ok bool
	*f(), ok = m[g()-'a']
	println(string(a[:i]), ok)
	c := make(chan byte, 1)
	c <- 'C'
	*f(), ok = <-c
	println(string(a[:i]), ok)
	var e interface{} = byte('E')
	*f(), ok = e.(byte)
	println(string(a[:i]), ok)
	j := 0
	bs := []int{0, 0, 0}
	c2 := make(chan int, 1)
	c2 <- 2
	j, bs[j] = <-c2, 5
	println(j, bs[0], bs[1], bs[2])
	ci := make(chan int, 1)
	ci <- 1
	var bb [3]bool
	k := 0
	k, bb[k] = <-ci
	println(k, bb[0], bb[1])
	mm := map[int]int{1: 7}
	k, bb[k] = mm[1]
	println(k, bb[0], bb[1], bb[2])
	k = 0
	var ee interface{} = 2
	k, bb[k] = ee.(int)
	println(k, bb[0], bb[1], bb[2])
}

// Package-level comma-ok initialisers (map index, receive, assertion).
var (
	pm          = map[string]int{"a": 1}
	pa, paok    = pm["a"]
	pb, pbok    = pm["b"]
	pc          = func() chan int { c := make(chan int, 1); c <- 4; return c }()
	pr, prok    = <-pc
	pe          interface{} = "s"
	ps, psok    = pe.(string)
	pn, pnok    = pe.(int)
)

func init() {
	println(pa, paok, pb, pbok, pr, prok, ps, psok, pn, pnok)
}
