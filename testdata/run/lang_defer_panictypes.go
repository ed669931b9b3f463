package main

// Formats of panic values of several types: each is recovered and re-printed,
// the last one (a custom named string type) crashes the program.

type Code int
type Msg string
type S struct{ a int }

func try(v interface{}) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case Code:
			println("Code", int(x))
		case Msg:
			println("Msg", string(x))
		case float64:
			println("float64", x)
		case S:
			println("S", x.a)
		case error:
			println("error", x.Error())
		default:
			println("other")
		}
	}()
	panic(v)
}

func main() {
	try(Code(3))
	try(Msg("hi"))
	try(2.5)
	try(S{9})
	var m map[string]int
	try2 := func() {
		defer func() {
			e := recover().(error)
			println("runtime error:", e.Error())
		}()
		m["x"] = 1
	}
	try2()
	panic(Msg("custom string type"))
}
