package main

const c8 int8 = 1

func main() {
	x := 5
	_ = c8 + 200 // ERROR "200 \(untyped int constant\) overflows int8"
	_ = x % 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = 5.5 % 2 // ERROR "invalid operation: operator % not defined on 5\.5 \(untyped float constant\)"
	_ = ^1.5 // ERROR "invalid operation: operator \^ not defined on 1\.5 \(untyped float constant\)"
	_ = byte('a' + 200) // ERROR "cannot convert 'a' \+ 200 \(untyped rune constant 297\) to type byte"
	var f float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	_ = f
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	_ = b
}
