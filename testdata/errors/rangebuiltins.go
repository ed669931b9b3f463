package main

func main() {
	s := []int{1, 2}
	for i, v := range s {
		_, _ = i, v
	}
	for i := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = i
	}
	var x int
	for x = range "abc" {
	}
	var f float64 // ERROR "f declared but not used"
	for f = range s { // ERROR "cannot use f \(value of type int\) as type float64 in assignment"
	}
	var p *[3]int
	for i, v := range p {
		_, _ = i, v
	}
	for _, r := range "héllo" {
		var b byte = r // ERROR "cannot use r \(variable of type rune\) as type byte in variable declaration"
		_ = b
	}
	n := 3
	_ = n
	_ = cap(s) + cap(x) // ERROR "invalid argument: x \(variable of type int\) for cap"
	s = append(s, 1, "a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to append"
	_ = copy(s, s)
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make(int, 3) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = copy(s, "ab") // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and .ab. \(untyped string constant\) have different element types int and byte"
}
