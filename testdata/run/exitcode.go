// exitcode: a program that ends normally after printing to stdout-free
// println (stderr) output from several functions; exit status 0.
package main

func level3() { println("level 3") }
func level2() { println("level 2"); level3() }
func level1() { println("level 1"); level2() }

func main() {
	level1()
	println("done")
}
