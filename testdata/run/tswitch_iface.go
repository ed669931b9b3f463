package main

type I interface{ M() int }

type J interface {
	I
	N() int
}

type A int

func (a A) M() int { return int(a) }

type B int

func (b B) M() int { return int(b) * 10 }
func (b B) N() int { return -int(b) }

type Any interface{}

func kind(i I) string {
	switch v := i.(type) {
	case J:
		return "J"
	case I:
		if v.M() > 5 {
			return "big I"
		}
		return "I"
	}
	return "nil"
}

func anyKind(x Any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Any:
		_, isInt := v.(int)
		if isInt {
			return "Any int"
		}
		return "Any"
	}
	return "unreachable"
}

func main() {
	for _, i := range []I{A(1), A(9), B(2), nil} {
		println(kind(i))
	}
	for _, x := range []Any{1, "s", nil, A(3)} {
		println(anyKind(x))
	}
	var j J = B(4)
	switch v := j.(type) {
	case I:
		println("J as I", v.M())
	}
	switch j.(type) {
	case J, nil:
		println("J or nil")
	}
}
