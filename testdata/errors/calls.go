package main

func f(a, b int) int { return a }
func h() {}

func main() {
	x := 1
	f(1) // ERROR "not enough arguments in call to f"
	f(1, 2, 3) // ERROR "too many arguments in call to f"
	f() // ERROR "not enough arguments in call to f"
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	_ = h() // ERROR "h\(\) \(no value\) used as value"
	f(1, "a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f"
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	_ = int // ERROR "int \(type\) is not an expression"
	len("abc") // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
}
