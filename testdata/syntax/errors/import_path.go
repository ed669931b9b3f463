package p

import x // ERROR "syntax error: missing import path"
