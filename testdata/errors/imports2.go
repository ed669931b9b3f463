package main

import u "unsafe" // ERROR "imported and not used: .unsafe. as u"
import . "unsafe" // ERROR "imported and not used: .unsafe."

func main() {}
