package main

const c8 int8 = 100
const big = 1 << 100

func main() {
	var i8 int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	const b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in constant declaration \(overflows\)"
	_ = c8 * 2 // ERROR "c8 \* 2 \(constant 200 of type int8\) overflows int8"
	_ = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment to _ identifier \(overflows\)"
	_ = int8(300) // ERROR "cannot convert 300 \(untyped int constant\) to type int8"
	_ = 3 / 0 // ERROR "invalid operation: division by zero"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	_, _, _ = i8, u, s
}
