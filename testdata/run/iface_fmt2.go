package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	X, Y int
}

type Outer struct {
	Inner
	Name string
	tags []string
	m    map[string]int
	p    *Inner
	i    interface{}
	f    float64
	b    bool
	arr  [2]uint8
}

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprint("PS#", p.n) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

var ErrBase = errors.New("base")

func main() {
	o := Outer{Inner{1, 2}, "out", []string{"a", "b"}, map[string]int{"k": 1}, nil, Green, 1.5, true, [2]uint8{7, 8}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", Inner{5, 6})
	fmt.Printf("%#v\n", []interface{}{1, "s", Red, nil})
	fmt.Println(&PS{3}, PS{4}, []*PS{{5}}, Red, []Color{Green, Red})
	err := fmt.Errorf("wrapped: %w", ErrBase)
	fmt.Println(err, errors.Is(err, ErrBase), errors.Unwrap(err) == ErrBase)
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(err, &target), target.Unwrap() == ErrBase)
	fmt.Printf("%T|%T|%T|%T\n", o, o.i, &o.Inner, o.arr)
	fmt.Printf("%v %d %x %08.3f %-5s| %5t\n", map[Color]int{Red: 1, Green: 2}, []int{1, 2}, "hi", 3.14159, "ab", true)
	type local struct{ a, b int }
	fmt.Printf("%v %+v %T\n", local{1, 2}, &local{3, 4}, local{})
	var nilI fmt.Stringer
	fmt.Println(nilI, nilI == nil)
	fmt.Printf("%v %s\n", struct {
		A error
		B fmt.Stringer
	}{ErrBase, Green}, error(nil))
}
