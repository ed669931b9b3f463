package main

// Formatting through methods: String(), Error() (error wins), GoString() for
// %#v, Format() for full control, and values vs pointers with such methods.

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type E struct{ code int }

func (e E) Error() string  { return fmt.Sprintf("E%d", e.code) }
func (e E) String() string { return "not used" }

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G<%d>", g.v) }

type F struct{}

func (F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // the value is unspecified when not present
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(s, "F[%c w=%d p=%d +%v -%v #%v]", verb, w, p, s.Flag('+'), s.Flag('-'), s.Flag('#'))
}

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS(%d)", p.n) }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilStringer struct{ x int }

func (n *NilStringer) String() string { return "nil-safe" }

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f %q\n", t, t, t, t, t)
	fmt.Printf("%v %s %+v %#v\n", E{3}, E{4}, E{5}, E{6})
	fmt.Printf("%v %+v %#v\n", G{1}, G{2}, G{3})
	fmt.Printf("%v|%+8.3x|%-#s|%d\n", F{}, F{}, F{}, F{})
	fmt.Println(F{})
	v := PtrS{7}
	fmt.Printf("%v %v\n", v, &v)
	fmt.Println(Panicky{})
	var ns *NilStringer
	fmt.Println(ns)
	fmt.Printf("%s|%v\n", struct{ T Temp }{3}, map[Temp]int{2: 1, 1: 2})
	var err error = E{9}
	fmt.Println(err)
	fmt.Printf("%v %s %q %x\n", err, err, err, err)
}
