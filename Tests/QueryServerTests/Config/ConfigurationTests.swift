import Foundation
@testable import QueryServer
import XCTest

final class ConfigurationTests: XCTestCase {
    private func write(_ text: String, name: String) throws -> String {
        let path = NSTemporaryDirectory() + "loupe-\(UUID().uuidString)-\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testDefaultsAreLoopback() throws {
        let configuration = try ConfigurationLoader.load(file: nil, environment: [:], flags: [:])
        XCTAssertEqual(configuration.host, "127.0.0.1")
        XCTAssertEqual(configuration.port, 7700)
        XCTAssertNil(configuration.masterKey)
    }

    func testPrecedenceFileThenEnvironmentThenFlags() throws {
        let yaml = try write("host: 0.0.0.0\nport: 8000\nmaster_key: from-file\nlog_level: debug\n", name: "c.yaml")
        let fromFile = try ConfigurationLoader.load(file: yaml, environment: [:], flags: [:])
        XCTAssertEqual(fromFile.host, "0.0.0.0")
        XCTAssertEqual(fromFile.port, 8000)
        XCTAssertEqual(fromFile.logLevel, .debug)
        let withEnvironment = try ConfigurationLoader.load(file: yaml, environment: ["LOUPE_PORT": "8100", "MEILI_MASTER_KEY": "from-env"], flags: [:])
        XCTAssertEqual(withEnvironment.port, 8100)
        XCTAssertEqual(withEnvironment.masterKey, "from-env")
        let withFlags = try ConfigurationLoader.load(file: yaml, environment: ["LOUPE_PORT": "8100"], flags: ["port": "8200"])
        XCTAssertEqual(withFlags.port, 8200)
        let meiliAddress = try ConfigurationLoader.load(file: nil, environment: ["MEILI_HTTP_ADDR": "127.0.0.1:7777"], flags: [:])
        XCTAssertEqual(meiliAddress.port, 7777)
    }

    func testTOMLSubset() throws {
        let toml = try write("# Loupe\nport = 9_000\nmaster_key = \"a\\\"b\" # quoted\nlog_format = 'text'\n", name: "c.toml")
        let configuration = try ConfigurationLoader.load(file: toml, environment: [:], flags: [:])
        XCTAssertEqual(configuration.port, 9000)
        XCTAssertEqual(configuration.masterKey, "a\"b")
        XCTAssertEqual(configuration.logFormat, .text)
    }

    func testErrorsNameTheirSource() throws {
        let yaml = try write("port: 7700\nprot: 1\n", name: "bad.yaml")
        XCTAssertThrowsError(try ConfigurationLoader.load(file: yaml, environment: [:], flags: [:])) { error in
            XCTAssertTrue("\(error)".contains("line 2") && "\(error)".contains("unknown key `prot`"), "\(error)")
        }
        XCTAssertThrowsError(try ConfigurationLoader.load(file: nil, environment: ["LOUPE_PORT": "seventy"], flags: [:])) { error in
            XCTAssertTrue("\(error)".contains("LOUPE_PORT"), "\(error)")
        }
        let table = try write("[server]\nport = 1\n", name: "t.toml")
        XCTAssertThrowsError(try ConfigurationLoader.load(file: table, environment: [:], flags: [:]))
        XCTAssertThrowsError(try ConfigurationLoader.load(file: "/nonexistent.yaml", environment: [:], flags: [:]))
    }
}
