package main

func main() {
	s := []int{1, 2}
	for i, v := range s {
		_, _ = i, v
	}
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	var x int // ERROR "x declared but not used"
	for x = range "abc" {
	}
	var f float64 // ERROR "f declared but not used"
	for f = range s { // ERROR "cannot use f \(value of type int\) as type float64 in assignment"
	}
	for _, r := range "héllo" {
		var b byte = r // ERROR "cannot use r \(variable of type rune\) as type byte in variable declaration"
		_ = b
	}
}
