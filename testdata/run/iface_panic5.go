package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &E{"not found"}
}

type F float64
type B bool
type U uint8
type S string

func main() {
	defer func() {
		r := recover()
		println("recovered")
		_ = r
		defer func() { panic(find(false)) }()
		panic(F(1.5))
	}()
	var x interface{} = B(true)
	_ = x
	panic(S("first"))
}
