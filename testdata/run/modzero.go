// modzero: the remainder by zero panics like division does.
package main

func main() {
	d := 0
	for i := 3; i > 0; i-- {
		println(100 % i)
		d = i - 1
	}
	println(7 % d)
}
