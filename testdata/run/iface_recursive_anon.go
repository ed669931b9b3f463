package main

// Interfaces whose method signatures contain an unnamed interface that
// embeds the interface itself (fixedbugs/bug398.go, issue16369.go): the
// compiler must spell their type names without recursing forever.

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

type T interface {
	M(interface{ T })
}

var t T

type impl struct{ n int }

func (x impl) F() interface{ I1 } { return x }

func main() {
	var v1 I1
	var v2 I2
	println(v1 == nil, v2 == nil)
	v1 = impl{1}
	println(v1 != nil, v1.F() != nil)
}
