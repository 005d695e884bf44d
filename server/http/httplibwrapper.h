#pragma once
// cpp-httplib is third-party code that does not build cleanly under our warning flags;
// marking this the system header silences it here and only here.
#pragma GCC system_header

#include <httplib.h>
