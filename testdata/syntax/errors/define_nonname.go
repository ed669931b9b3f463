package p

type T struct{ b int }

func f(a T) {
	a.b := 1 // ERROR "non-name a.b on left side of :="
}
