package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g() int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch x {
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
}
