package main

func main() {
	s := []int{1, 2}
	var x int
	_ = cap(s) + cap(x) // ERROR "invalid argument: x \(variable of type int\) for cap"
	s = append(s, 1, "a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to append"
	_ = copy(s, s)
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make(int, 3) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = copy(s, "ab") // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and .ab. \(untyped string constant\) have different element types int and byte"
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
}
