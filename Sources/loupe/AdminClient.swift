import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoupeJSON

/// Where a running `loupe serve` is and how to authenticate to it, shared by the operator commands.
struct ServerOptions: ParsableArguments {
    @Option(help: "URL of the running server.")
    var url = "http://127.0.0.1:7700"

    @Option(help: "A key holding the command's action, or the master key (also LOUPE_MASTER_KEY or MEILI_MASTER_KEY).")
    var apiKey: String?

    func validate() throws {
        guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https", parsed.host != nil else {
            throw ValidationError("--url must be an http(s) URL such as http://127.0.0.1:7700, found `\(url)`")
        }
    }

    var client: AdminClient {
        let environment = ProcessInfo.processInfo.environment
        return AdminClient(base: url, apiKey: apiKey ?? environment["LOUPE_MASTER_KEY"] ?? environment["MEILI_MASTER_KEY"])
    }
}

/// A small JSON client for Loupe's admin API; an error body's Meilisearch-style message is surfaced.
struct AdminClient {
    let base: String
    let apiKey: String?

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends a request and returns the status and parsed JSON body.
    func call(_ method: String, _ path: String, body: JSONValue? = nil) async throws -> (status: Int, json: JSONValue) {
        guard let url = URL(string: base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path) else {
            throw Failure(description: "bad URL \(base)\(path)")
        }
        var request = URLRequest(url: url, timeoutInterval: 3600)
        request.httpMethod = method
        if let apiKey { request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.serialized())
        }
        let data: Data, response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw Failure(description: "cannot reach \(base): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let json = (try? JSONParser.parse([UInt8](data))) ?? .null
        guard (200..<300).contains(status) else {
            let message = json["message"]?.stringValue ?? String(decoding: data.prefix(300), as: UTF8.self)
            throw Failure(description: "\(method) \(path) answered \(status): \(message)")
        }
        return (status, json)
    }
}
