package main

// Generic functions: inference, explicit instantiation, several type
// parameters, constraints with type sets and ~underlying types.

type Number interface {
	~int | ~int8 | ~int64 | ~uint8 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]MyInt{4, 5}), Sum([]uint8{200, 100}))
	println(Sum[int8]([]int8{100, 27, 1}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	println(len(evens), evens[0], evens[2])
	println(Max(3, 7), Max(2.5, -1.0), Max("abc", "abd"))
	println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5), Index([]MyInt{7}, 7))
	println(Keys(map[string]bool{"a": true}), Keys(map[int][]int{}))
	f := Max[int]
	println(f(10, 9))
}
