package main

func main() {
	var x int
	var s string
	var b bool
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = x + s // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = -"a" // ERROR "invalid operation: operator - not defined on .a. \(untyped string constant\)"
	_ = x << s // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	_ = x << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = true < false // ERROR "invalid operation: true < false \(operator < not defined on untyped bool\)"
	_ = s < x // ERROR "invalid operation: s < x \(mismatched types string and int\)"
}
