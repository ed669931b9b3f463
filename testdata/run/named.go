package main

// Named types, type aliases, conversions between named types and their
// underlying types, methods on named numeric types.

type Celsius float64
type Fahrenheit float64
type MyInt int
type IntAlias = int
type Bytes []byte
type Count uint8

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (m MyInt) Double() MyInt    { return m * 2 }
func (c Count) Next() Count      { return c + 1 }

func takeInt(x int) int { return x + 1 }

func main() {
	c := Celsius(100)
	println("100C in F:", c.ToF())
	println("-40C in F:", Celsius(-40).ToF())
	var m MyInt = 21
	println("double:", m.Double(), "int:", int(m)+1)
	var a IntAlias = 5
	println("alias passes as int:", takeInt(a))
	b := Bytes("hi")
	b = append(b, '!')
	println("bytes:", string(b), len(b))
	var n Count = 254
	n = n.Next()
	println("count 255:", n)
	n = n.Next()
	println("count wrap:", n)
	type Local int
	var l Local = 3
	println("local named:", l*l)
	// untyped constants adapt to named types
	const k = 10
	var f Fahrenheit = k
	println("f:", f)
	x := MyInt(7) / 2
	println("MyInt 7/2:", x)
}
