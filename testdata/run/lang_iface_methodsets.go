package main

// Method sets: value receivers usable through pointers, pointer-receiver
// methods only through pointers (addressable values auto-&), interface
// satisfaction by *T, embedding promotes method sets.

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type V struct{ n int }

func (v V) Get() int   { return v.n }
func (v *V) Set(n int) { v.n = n }

type Wrap struct{ V }
type WrapP struct{ *V }

func main() {
	v := V{1}
	v.Set(2) // (&v).Set
	println("v.n:", v.Get())
	var g Getter = v
	println("value in Getter:", g.Get())
	var gs GetSetter = &v
	gs.Set(3)
	println("via *V:", gs.Get(), v.n)
	g = &v
	println("*V in Getter:", g.Get())
	w := Wrap{V{10}}
	w.Set(11)
	var gw Getter = w
	println("Wrap Getter:", gw.Get())
	var gsw GetSetter = &w
	gsw.Set(12)
	println("*Wrap GetSetter:", gsw.Get(), w.n)
	wp := WrapP{&V{20}}
	var gsp GetSetter = wp // WrapP embeds *V: both methods in value method set
	gsp.Set(21)
	println("WrapP GetSetter:", gsp.Get(), wp.n)
	_, isSetter := g.(Setter)
	println("g (*V) is Setter:", isSetter)
	var g2 Getter = v
	_, isSetter2 := g2.(Setter)
	println("g2 (V) is Setter:", isSetter2)
	_, ok := interface{}(w).(Setter)
	_, ok2 := interface{}(&w).(Setter)
	println("Wrap Setter:", ok, "*Wrap Setter:", ok2)
}
