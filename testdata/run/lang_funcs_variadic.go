package main

// Variadic functions: zero args, several, slice..., aliasing of the passed
// slice, variadic interface{} parameters, variadic methods.

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, nums ...int) {
	println(prefix, len(nums), nums == nil)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func kinds(args ...interface{}) {
	for _, a := range args {
		switch v := a.(type) {
		case int:
			print("int:", v, " ")
		case string:
			print("string:", v, " ")
		case nil:
			print("nil ")
		default:
			print("other ")
		}
	}
	println()
}

type Acc struct{ total int }

func (a *Acc) Add(vs ...int) *Acc {
	a.total += sum(vs...)
	return a
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	info("none:")
	info("two:", 1, 2)
	info("nil slice:", []int(nil)...)
	info("empty slice:", []int{}...)
	mutate(s...)
	println("s[0] after mutate via ...:", s[0])
	mutate(s[0], s[1])
	println("s[0] after mutate by value:", s[0])
	kinds(1, "a", nil, 2.5)
	var a Acc
	a.Add(1, 2).Add().Add(s...)
	println("acc:", a.total)
	f := sum
	println("func value:", f(10, 20))
}
