package main

func g() (int, int) { return 1, 2 }
func f(a, b int) int { return a }

func main() {
	var x int
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	a, b := f(1, 2) // ERROR "assignment mismatch: 2 variables but f returns 1 value"
	x = g() // ERROR "assignment mismatch: 1 variable but g returns 2 values"
	x, s = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	x := 3 // ERROR "no new variables on left side of :="
	3 = x // ERROR "cannot assign to 3 \(untyped int constant\)"
	"a" = s // ERROR "cannot assign to .a. \(untyped string constant\)"
	s[0] = 'a' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	_, _ = a, b
}
