package main

// Constraints with methods, generic functions calling methods of the type
// argument, and type switches on a type parameter's value.

type Shape interface {
	Area() int
}

type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int   { return q.s * q.s }
func (r Rect) Area() int { return r.w * r.h }

func TotalArea[S Shape](shapes []S) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[T Stringish](xs ...T) T {
	var best T
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Describe[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	default:
		return "other"
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	println(TotalArea([]Sq{{2}, {3}}), TotalArea([]Rect{{2, 5}}), TotalArea([]Shape{Sq{1}, Rect{2, 2}}))
	println(string(Longest[Name]("ab", "abcd", "abc")))
	println(Describe(1), Describe("s"), Describe(2.5), Describe([]int{}))
	println(Reduce([]int{1, 2, 3, 4}, "", func(a string, x int) string { return a + string(rune('0'+x)) }))
	println(Reduce([]string{"a", "bb"}, 0, func(a int, s string) int { return a + len(s) }))
}
