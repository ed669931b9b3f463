package main

func main() {
	var z complex64 = 1 + 2i
	var i int = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
	var f float64 = z // ERROR "cannot use z \(variable of type complex64\) as type float64 in variable declaration"
	_ = z < z // ERROR "invalid operation: z < z \(operator < not defined on complex64\)"
	_ = complex(1, int(2)) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = imag(i) // ERROR "invalid argument: argument has type int, expected complex type"
	_ = complex64(1e100) // ERROR "cannot convert 1e100 \(untyped float constant 1e\+100\) to type complex64"
	_ = i + 1.5i // ERROR "1.5i \(untyped complex constant \(0 \+ 1.5i\)\) truncated to int"
	var f2 float32 = real(2 + 3i)
	_ = complex(f, f2) // ERROR "invalid operation: complex\(f, f2\) \(mismatched types float64 and float32\)"
	const c = 1 / (0i) // ERROR "invalid operation: division by zero"
}
