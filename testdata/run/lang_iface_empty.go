package main

// The empty interface: holding every kind of value, println of interface
// values (type and data words, so only nil is printed), equality, reassign.

type T struct {
	A int
	B string
}

func describe(x interface{}) string {
	switch x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case int8, int16, int32, int64:
		return "sized int"
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return "unsigned"
	case float32, float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "string"
	case bool:
		return "bool"
	case []int:
		return "[]int"
	case map[string]int:
		return "map"
	case T:
		return "T"
	case *T:
		return "*T"
	case func():
		return "func"
	case chan int:
		return "chan"
	case error:
		return "error"
	case interface{ Get() int }:
		return "Getter"
	default:
		return "other"
	}
}

func main() {
	vals := []interface{}{nil, 1, int8(1), int64(2), uint(3), byte(4), uintptr(5), 1.5, float32(2),
		1i, "s", true, []int{1}, map[string]int{}, T{1, "x"}, &T{}, func() {}, make(chan int),
		[2]int{}, struct{}{}, rune('x')}
	for i, v := range vals {
		println(i, describe(v))
	}
	var e interface{}
	println("nil iface == nil:", e == nil)
	e = 42
	println("42 == 42:", e == 42, "42 == int64(42):", e == int64(42), "42 == \"42\":", e == "42")
	e = T{1, "x"}
	println("struct eq:", e == T{1, "x"}, e == T{2, "x"})
	var f interface{} = T{1, "x"}
	println("iface==iface:", e == f)
	e = "str"
	s := e.(string)
	println("string back:", s, len(s))
}
