@_exported import NucCore
