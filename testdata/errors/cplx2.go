package main

const big = 1e40

func main() {
	const c complex64 = big // ERROR "cannot use big \(untyped float constant 1e\+40\) as complex64 value in constant declaration \(overflows\)"
	_ = 1i << 2 // ERROR "invalid operation: shifted operand 1i \(untyped complex constant \(0 \+ 1i\)\) must be integer"
	var x complex128 = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as complex128 value in variable declaration"
	var y = complex(1, 2) + "a" // ERROR "invalid operation: complex\(1, 2\) \+ \"a\" \(mismatched types untyped complex and untyped string\)"
	var u uint8 = 3 + 0i
	var v uint8 = 300 + 0i // ERROR "cannot use 300 \+ 0i \(untyped complex constant \(300 \+ 0i\)\) as uint8 value in variable declaration \(truncated\)"
	var w uint8 = 300.0 // ERROR "cannot use 300.0 \(untyped float constant 300\) as uint8 value in variable declaration \(truncated\)"
	_, _, _, _, _ = x, y, u, v, w
	_ = complex(1, 1) > 0 // ERROR "invalid operation: complex\(1, 1\) > 0 \(operator > not defined on untyped complex\)"
	println(imag(2+3i), real('a'), complex(1, 'b'))
}
