package main

// %v, %+v, %#v and friends on nested composites: structs with embedded and
// unexported fields, pointers at top level and inside, maps of every key
// kind in Go's sorted order, nil slices/maps/interfaces/pointers, methods
// called (or not) at each level.

import (
	"fmt"
	"math"
)

type Inner struct {
	N    int
	tags []string
}

type Stringy struct{ s string }

func (s Stringy) String() string { return "<" + s.s + ">" }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprint("PS#", p.n) }

type Err struct{ msg string }

func (e *Err) Error() string { return "err:" + e.msg }

type Outer struct {
	Inner
	Name   string
	P      *Inner
	Any    any
	E      error
	M      map[string]int
	S      []Stringy
	hidden Stringy
	Shown  Stringy
	PSv    PS
	PSp    *PS
}

type Key struct {
	A int
	B string
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

func main() {
	o := Outer{
		Inner: Inner{1, []string{"t"}}, Name: "o", Any: 3.5, E: &Err{"x"},
		M: map[string]int{"z": 26, "a": 1}, S: []Stringy{{"a"}, {"b"}},
		hidden: Stringy{"h"}, Shown: Stringy{"s"}, PSv: PS{1}, PSp: &PS{2},
	}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v\n%+v\n", &o.Inner, &o.Inner)
	fmt.Printf("%#v\n", Inner{2, nil})
	fmt.Printf("%#v\n", []Key{{1, "a"}})
	var nilOuter Outer
	fmt.Printf("%v\n%+v\n", nilOuter, nilOuter)
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", 2.5: "x"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[int8]int{-3: 1, 3: 2, 0: 0})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Println(map[Color]int{Green: 2, Red: 1}, map[string][]int{"b": {2}, "a": nil})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]int(nil), []string{})
	var e error
	var a any
	var p *Inner
	fmt.Println(e, a, p, []any{e, a, p}, struct{ E error }{})
	fmt.Printf("%#v %#v\n", struct {
		E error
		A any
	}{}, []any{nil})
	fmt.Printf("%d %x %s %q\n", []int{10, 11}, []string{"hi", "yo"}, []Stringy{{"a"}}, []string{"q"})
	fmt.Printf("%v %d %s\n", Green, Green, []Color{Red, Green})
	fmt.Printf("%x %X % x %#x\n", "hey", []byte("hey"), [3]byte{1, 2, 3}, "hey")
	fmt.Printf("%s|%v|%d\n", [2][]byte{[]byte("ab"), []byte("c")}, [][]byte{{1}}, [][]byte{{1, 2}})
	fmt.Printf("%v %+v\n", [2]Inner{{N: 1}}, []*Inner{nil})
	fmt.Printf("%6.2f|%-8v|%08.3f\n", []float64{1.234, 5}, []string{"a"}, [2]float64{-1, 2})
	fmt.Println(PS{3}, &PS{4}, []*PS{{5}}, o.PSp, (*PS)(nil))
	fmt.Println(&Err{"y"}, Err{"z"}, []error{&Err{"w"}, nil})
	fmt.Printf("%v %s\n", struct {
		A, b int
		C    any
	}{1, 2, Stringy{"c"}}, struct{ B []byte }{[]byte("bb")})
	type T struct {
		M map[Color][]Stringy
	}
	fmt.Printf("%+v\n", T{map[Color][]Stringy{Green: {{"g"}}, Red: nil}})
	fmt.Printf("%v\n", [][]map[string]int{{{"k": 1}}, nil})
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.S, o.E)
	fmt.Printf("%T %T %T\n", struct{ A int }{}, []any{}, map[Key][]*Inner{})
}
