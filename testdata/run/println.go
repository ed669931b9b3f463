// println: the printing of ints, negative ints, bools, zero, the extremes
// of int, and print versus println spacing.
package main

const maxInt = 1<<63 - 1
const minInt = -1 << 63

func main() {
	println(0, 1, -1, 42, -42)
	println(true, false, 1 < 2, 2 < 1)
	println(maxInt, minInt)
	println(123456789012345, -987654321098765)
	print(1, 2, 3)
	print("\n")
	print(-1, true, "s", "\n")
	println()
	println("mixed", 7, false, "end")
	x := -0
	println(x)
}
