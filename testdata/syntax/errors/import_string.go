package p

import 42    // ERROR "syntax error: import path must be a string"
import 'a'   // ERROR "syntax error: import path must be a string"
import "fmt"
