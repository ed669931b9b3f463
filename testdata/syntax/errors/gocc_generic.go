package p

func F[T any](x T) T { return x } // ERROR "gocc: generic functions are not supported"

type L[T any] struct{ x T } // ERROR "gocc: generic types are not supported"

type C interface{ ~int | ~string } // ERROR "gocc: generic types are not supported"

var v = F[int, string] // ERROR "gocc: generic functions are not supported"
