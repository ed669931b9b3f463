package main

type I interface{ M() }

type U struct{}

func (*U) M() {}

func f(x interface{}, i I) {
	switch v := x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
		_ = v
	}
	switch x.(type) {
	case nil, int, nil: // ERROR "duplicate case nil in type switch"
	}
	switch x.(type) {
	default:
	case int:
	default: // ERROR "multiple defaults \(first at .*tswitch.go:20:2\)"
	}
	switch i.(type) {
	case U: // ERROR "impossible type switch case: U"
	case *U:
	}
	_ = i.(U) // ERROR "impossible type assertion: i\.\(U\)"
	var n int
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch t := x.(type) {
	case int, string:
		var s string = t // ERROR "cannot use t \(variable of type interface\{\}\) as type string in variable declaration"
		_ = s
	}
	switch x.(type) {
	case int, I, int: // ERROR "duplicate case int in type switch"
	}
	switch q := x.(type) { // ERROR "q declared but not used"
	}
}

func main() {}
